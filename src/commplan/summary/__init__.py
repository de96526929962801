"""``commplan summary``: the Ministry consolidates many agencies' plans (dispatch item 4).

Reading side: ``collect`` runs the validate pipeline over the inputs and keeps, per document,
the figures of ``figures`` and its findings; ``consolidate`` turns documents into one row per
agency of a ``registry`` edition. Writing side: one module per output (text, tables for
xlsx/csv/json). A later ``report`` or ``import`` adds a reader of its own documents that yields
the same ``DocumentRecord`` and reuses everything after it.
"""
