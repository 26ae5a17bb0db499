"""The data flow: ingest → extract → resolve actors → store.

Extraction and resolution are pure (text and a registry in, plain data out);
only `store` touches the database.
"""
