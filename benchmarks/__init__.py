"""Benchmarks: each figure beside its floor (the bare library doing the same work), as a ratio.

Run ``python -m benchmarks [--quick] [--json FILE]``. Not a test: machines are shared and noisy,
so every figure is a median of several runs and is judged as a ratio to a floor measured in the
same run.
"""
