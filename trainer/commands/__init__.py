"""Subcommands of the command line, one module each.

Each module has ``register(subparsers)``, which adds its parser and sets ``func`` (called with
the parsed arguments, returning the exit status). Add a new command by adding its module name
to COMMANDS.
"""

COMMANDS: tuple[str, ...] = (
    "validate",
    "self_test",
    "verify_certificate",
    "endorse_certificate",
    "trust",
    "reset_trainer_password",
    "install_content",
    "sign_content",
    "export_xapi",
    "import_questions",
    "export_questions",
    "report",
    "demo_data",
    "export_progress",
    "import_progress",
)
