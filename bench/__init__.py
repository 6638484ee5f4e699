"""Benchmarks of the SDK, the code generator and the stateful mock (`make bench`).

Every figure is a ratio against a baseline measured in the same run, because the machines
are shared and noisy: absolute times from one run say little about another.
"""
