"""``commplan new``: the plan generator.

A new plan is one of the packaged templates (``templates/<kind>.yaml.tmpl``: the whole plan,
with Vietnamese comments, as an officer will read it) filled with the officer's answers and the
values that follow from the year (``context``), then changed by any ``--set`` (``assign``) and
checked against the schema (``verify``). ``choices`` and ``issuer`` check each answer on its
own, so the command line can refuse a bad option and a prompt can ask again; ``files`` writes
the result without ever replacing a file unless told to.
"""
