"""Use cases over the store, returning what changed; no Qt here."""
