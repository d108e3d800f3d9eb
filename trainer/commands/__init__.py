"""Subcommands of the command line, one module each.

Each module has ``register(subparsers)``, which adds its parser and sets ``func`` (called with
the parsed arguments, returning the exit status). Add a new command by adding its module name
to COMMANDS. A module is imported only when its command is named (trainer.cli), so the names it
registers are known beforehand: its own, hyphenated, and any in MORE_NAMES.
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

# Commands registered by a module besides the one named after it.
MORE_NAMES: dict[str, tuple[str, ...]] = {"install_content": ("uninstall-content",)}


def command_names(module: str) -> tuple[str, ...]:
    """The command names ``trainer.commands.<module>`` registers."""
    return (module.replace("_", "-"), *MORE_NAMES.get(module, ()))
