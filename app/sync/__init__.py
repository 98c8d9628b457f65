"""USB bundles between the installations of a unit tree: keys, the bundle file, and the stages
that turn the database into a bundle and a bundle into changes.

Below the stages: :mod:`~app.sync.crypto` (sign/verify, seal/open), :mod:`~app.sync.keystore`
(where private keys live), :mod:`~app.sync.keys` (this installation's keys, registration
files, known peers), :mod:`~app.sync.recovery` (the password-protected recovery file) and :mod:`~app.sync.bundle` (the file: manifest, signature, sealed
payload — ``docs/bundle-format.md``). The model registry the stages read (which tables travel,
their columns and references) is the store's: :mod:`app.store.synced`.

The stages, in the order a bundle meets them:

1. :mod:`~app.sync.wire` — the codec: a row as a bundle line and back, checked column by column;
2. :mod:`~app.sync.outgoing` — what the next bundle for the parent or a child carries, and writing it;
3. :mod:`~app.sync.planning` — the import plan: read, trust, verify, decrypt, classify (new,
   changed, unchanged, deleted, conflicts, refusals) into a :mod:`~app.sync.preview`, writing nothing;
   it calls :mod:`~app.sync.trust` (the sender and its key; the one reference rule
   ``check_references``), :mod:`~app.sync.merge_notes` (review notes, field by field),
   :mod:`~app.sync.merge_reference` (units, plans, catalogues by natural key) and
   :mod:`~app.sync.conflicts`;
4. :mod:`~app.sync.apply` — writing the plan in one transaction, then the ledger and the acknowledgements;
5. :mod:`~app.sync.batch` — several bundles: one backup, the collector paused, each bundle refused on its own;
6. :mod:`~app.sync.summary` — what happened, in words an official reads.

:mod:`~app.sync.exchange` is the front the window and the CLI call. Layering: sync imports the
domain and the store (and :mod:`app.errors`, :mod:`app.paths`, :mod:`app.long_work`), never the
services, the window or the CLI; services may call it (``docs/architecture.md``).
"""
