"""The only package that writes SQL: opening, migrating and querying the progress database."""
