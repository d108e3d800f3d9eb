"""Reading ``modules/`` into domain objects: schema, validation and Markdown rendering."""
