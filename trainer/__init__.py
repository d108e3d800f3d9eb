"""Qorgau: offline training for the response to violence against women in Kazakhstan."""

__version__ = "0.2.0"
APP_NAME = "Qorgau"
