"""Hand-written helpers on top of the generated TNZ client (``tnz_api``)."""
