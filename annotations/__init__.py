"""The knowledge base files, installed as the package data ``footspine_viz.annotations``.

This folder holds YAML and JSON only; this file exists so that setuptools can
map the folder onto that package (see setup.py) and :mod:`importlib.resources`
finds it in a wheel and in an editable install alike
(:func:`footspine_viz.paths.annotations_dir`).
"""
