"""One module per function: it reads that function's settings and builds its use case from the
adapters, once per cold start. Handlers (functions/<name>/app.py) import only their own."""
