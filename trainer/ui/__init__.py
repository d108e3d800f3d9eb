"""The only package that imports QtWidgets: windows, views, dialogs and Qt models."""
