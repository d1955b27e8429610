import sys

from desktop_app.cli import main

if __name__ == "__main__":  # text readers start as child processes that import this module again
    sys.exit(main())
