"""Scans made by the tests: official documents drawn from known text with the bundled faces (a red
header, the 文号, the title, body lines, the signature and a date, a red stamp over it), turned a
little as a scanner feeds paper, with speckle; as pictures and as PDFs of image-only pages."""

from __future__ import annotations

import random
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _font(size: int, face: str = "FandolSong-Bold-GB.ttf"):
    from PIL import ImageFont

    return ImageFont.truetype(str(FONTS / face), size)


def document_lines(issuer: str, doc_no: str, title: str, body: list[str], date: str) -> list[tuple[str, str]]:
    """(kind, text) of a 通知 as printed, top to bottom."""
    return [("header", issuer + "文件"), ("no", doc_no), ("title", title), *[("body", b) for b in body],
            ("sign", issuer), ("date", date)]  # fmt: skip


def draw(
    lines: list[tuple[str, str]],
    *,
    rotate: float = 0.0,
    noise: float = 0.0,
    stamp: bool = True,
    seed: int = 1,
    whole_page: bool = False,
):
    """An A4 page at 150 dpi (1240 × 1754) with the lines drawn as a 公文 lays them out; unless
    ``whole_page``, cut below the last line (the empty rest of the page only costs the reader time)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    page = Image.new("RGB", (1240, 1754), "white")
    pen = ImageDraw.Draw(page)
    y = 120
    for kind, text in lines:
        if kind == "header":
            font = _font(54)
            width = pen.textlength(text, font=font)
            pen.text(((1240 - width) / 2, y), text, font=font, fill=(200, 0, 0))
            y += 110
        elif kind == "no":  # under the header, above its red rule
            font = _font(30, "FandolFang-Regular-GB.ttf")
            width = pen.textlength(text, font=font)
            pen.text(((1240 - width) / 2, y), text, font=font, fill="black")
            y += 60
            pen.line((120, y, 1120, y), fill=(200, 0, 0), width=4)
            y += 50
        elif kind == "title":
            font = _font(40)
            width = pen.textlength(text, font=font)
            pen.text((max(100, (1240 - width) / 2), y), text, font=font, fill="black")
            y += 90
        elif kind in ("sign", "date"):
            font = _font(32, "FandolFang-Regular-GB.ttf")
            pen.text((700, y + 40), text, font=font, fill="black")
            if kind == "date" and stamp:  # the seal, red over the signature and the date
                pen.ellipse((720, y - 120, 960, y + 120), outline=(220, 30, 30), width=6)
            y += 60
        else:
            font = _font(32, "FandolFang-Regular-GB.ttf")
            pen.text((120, y), text, font=font, fill="black")
            y += 56
    if noise:
        pixels = page.load()
        for _ in range(int(1240 * 1754 * noise)):
            x, yy = rng.randrange(1240), rng.randrange(1754)
            pixels[x, yy] = (0, 0, 0) if rng.random() < 0.5 else (255, 255, 255)
    if rotate:
        page = page.rotate(rotate, expand=False, fillcolor="white", resample=Image.BICUBIC)
    if not whole_page:
        page = page.crop((0, 0, 1240, min(1754, y + 200)))
    return page


def save_picture(page, path: Path) -> Path:
    page.save(path)
    return path


def save_pdf(pages: list, path: Path) -> Path:
    """A PDF whose pages are only pictures, as a scanner writes it."""
    pages[0].save(path, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    return path
