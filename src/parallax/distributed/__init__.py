"""Running the per-article pipeline on a Dask cluster (``--cluster``)."""
