"""Progress bundles: signed zip files that carry learners' progress between offline laptops.

No Qt and no SQL here: ``bundle`` writes and reads the file format (``strictzip`` its zip layout,
inflated under size caps), ``records`` checks each record, ``checks`` checks records against one
another and against the export time, ``keys`` keeps the device's signing key. Merging into a database is
``trainer.storage.sync_store``; the use cases are ``trainer.services.sync``.
"""
