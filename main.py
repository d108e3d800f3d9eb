"""Qorgau's entry point: everything happens in trainer.app."""

import sys

from trainer.app import main

if __name__ == "__main__":
    sys.exit(main())
