"""Front-ends: the web explorer (trame) and the desktop window (PyVista).

Both are thin: they turn clicks and keys into a new
:class:`footspine_viz.scene.ViewState` through :class:`~footspine_viz.ui.session.Session`
and show what :func:`footspine_viz.model.explain` and
:func:`footspine_viz.model.lookup` say. They never draw anatomy themselves
(that is :mod:`footspine_viz.render`) nor write clinical text (that is the
knowledge base).

Importing this package is cheap; trame and VTK are imported by the modules
that need them.
"""
