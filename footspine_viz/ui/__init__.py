"""The desktop window (PyVista) and what it shares with the notebook's Explorer.

Thin faces: they turn clicks and keys into a new
:class:`footspine_viz.scene.ViewState` through :class:`~footspine_viz.ui.session.Session`
and show what :func:`footspine_viz.model.explain` and
:func:`footspine_viz.model.lookup` say. They never draw anatomy themselves
(that is :mod:`footspine_viz.render`) nor write clinical text (that is the
knowledge base). The explorer in the browser is :mod:`footspine_viz.web`.

Importing this package is cheap; VTK is imported by the modules that need it.
"""
