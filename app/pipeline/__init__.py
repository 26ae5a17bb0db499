"""The data flow: ingest → extract → resolve actors → store.

Extraction and resolution are pure (text and a registry in, plain data out);
`process` and `reprocess` orchestrate them and hand the results to the write
layer, `app.store`, the only code that writes to the database.
"""
