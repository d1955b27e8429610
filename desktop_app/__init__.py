"""食安创建工作台 (FoodSafety Desk): the campaign office's desk for a food-safety demonstration city."""

__version__ = "0.1.0"
APP_TITLE = "食安创建工作台"
APP_TITLE_EN = "FoodSafety Desk"
