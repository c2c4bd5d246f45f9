"""The page: controls on the left, the 3D view in the middle, the info panel on the right.

Vuetify 3 widgets only (their JS, CSS and icon font are served by
trame-vuetify from the package itself; nothing comes from the web). Every
control is a real button, toggle or slider, so it is reachable with Tab and
Enter/Space; touch targets are at least 48 px. Element ids are stable: the
browser tests and the kiosk documentation use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from footspine_viz.ui.web import WebExplorer

#: Accessibility attributes trame does not know by name.
ARIA = [("aria_label", "aria-label"), ("aria_pressed", "aria-pressed"), ("aria_live", "aria-live"),
        ("role", "role")]

CSS = """
html { font-size: var(--fsv-font, 16px); }
.fsv-grid { display: grid; grid-template-columns: 20rem 1fr 24rem; height: calc(100vh - var(--v-layout-top, 64px)); }
.fsv-kiosk .fsv-grid { grid-template-columns: 16rem 1fr 22rem; }
.fsv-panel { overflow-y: auto; padding: 0.75rem; }
.fsv-panel h2 { font-size: 1.1rem; margin: 0.9rem 0 0.35rem; }
.fsv-panel h3 { font-size: 1rem; margin: 0.7rem 0 0.2rem; }
.fsv-view { position: relative; min-height: 300px; }
.fsv-btns { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.v-btn { min-height: 48px !important; min-width: 48px !important; text-transform: none !important;
  letter-spacing: normal !important; }
.fsv-root-btn { font-weight: 700; font-size: 1.05rem !important; }
.fsv-info li { margin: 0.15rem 0 0.15rem 1.1rem; }
.fsv-urgent { font-weight: 600; color: #b3261e; margin-top: 1rem; }
.fsv-disclaimer { font-size: 0.9rem; opacity: 0.85; margin-top: 1rem; }
.fsv-attract { position: absolute; left: 50%; bottom: 1.5rem; transform: translateX(-50%);
  background: rgba(0,0,0,0.65); color: white; padding: 0.8rem 1.4rem; border-radius: 1rem;
  font-size: 1.4rem; pointer-events: none; }
.fsv-mark { border-left: 4px solid #888; padding-left: 0.5rem; margin: 0.4rem 0; }
"""


def build(app: "WebExplorer") -> Any:
    """Build the page on ``app.server``; return the VtkRemoteView."""
    from trame.ui.vuetify3 import VAppLayout
    from trame.widgets import client, html
    from trame.widgets import vtk as vtk_widgets
    from trame.widgets import vuetify3 as v3

    server, state, ctrl = app.server, app.state, app.ctrl
    kiosk = app.options.kiosk
    renderer = app.session.renderer

    with VAppLayout(server, full_height=True) as layout:
        client.Style(CSS)
        font = client.Style("")

        @state.change("text_scale")
        def _font(text_scale: float = 1.0, **_: Any) -> None:
            scale = min(max(float(text_scale or 1.0), 0.8), 2.0)
            font.update(f":root {{ --fsv-font: {16 * scale:.1f}px; }}")

        _font(state.text_scale)

        with html.Div(
            classes="fsv-kiosk" if kiosk else "",
            __events=["pointerdown", "keydown"],
            pointerdown="trigger('activity')",
            keydown="trigger('activity')",
        ):
            with v3.VAppBar(density="comfortable", color="#1e2a38", theme="dark"):
                v3.VAppBarTitle(app.options.title, id="title")
                v3.VBtn("Home", id="home", click=ctrl.home, prepend_icon="mdi-home",
                        aria_label="Back to the start view", __properties=ARIA)
                if not kiosk:
                    with v3.VBtnToggle(v_model=("mode",), mandatory=True, id="mode", classes="mx-2",
                                       density="comfortable"):
                        v3.VBtn("Patient", value="patient", id="mode-patient")
                        v3.VBtn("Student", value="student", id="mode-student")
                    v3.VBtn("A-", id="text-smaller", aria_label="Smaller text", __properties=ARIA,
                            click="text_scale = Math.max(0.8, Math.round((text_scale - 0.15)*100)/100)")
                    v3.VBtn("A+", id="text-larger", aria_label="Larger text", __properties=ARIA,
                            click="text_scale = Math.min(2, Math.round((text_scale + 0.15)*100)/100)")
                    v3.VBtn(
                        "Save picture",
                        id="export",
                        prepend_icon="mdi-download",
                        click="utils.download('footspine-view.png', trigger('export_png'), 'image/png')",
                    )

            with v3.VMain(), html.Div(classes="fsv-grid"):
                _controls(app, v3, html, kiosk)
                with html.Div(classes="fsv-view", id="view-wrap"):
                    view = vtk_widgets.VtkRemoteView(
                        renderer.plotter.render_window,
                        ref="fsv_view",
                        id="view",
                        interactive_ratio=0.5,
                        interactive_quality=60,
                        still_quality=92,
                        interactor_events=(
                            "events",
                            ["LeftButtonPress", "LeftButtonRelease", "EndInteraction", "EndMouseWheel",
                             "EndPinch", "EndPan", "EndRotate"],
                        ),
                        LeftButtonPress=(app.on_press, "[utils.vtk.event($event)]"),
                        LeftButtonRelease=(app.on_release, "[utils.vtk.event($event)]"),
                        EndInteraction=app._after_interaction,
                        EndMouseWheel=app._after_interaction,
                        EndPinch=app._after_interaction,
                        EndPan=app._after_interaction,
                        EndRotate=app._after_interaction,
                    )
                    html.Div("Touch the screen to explore", v_if="attract", classes="fsv-attract", id="attract")
                _info(app, v3, html)
            with v3.VSnackbar(v_model=("show_error",), color="error", timeout=4000, id="error"):
                html.Span("{{ error }}")
    return view


def _controls(app: "WebExplorer", v3: Any, html: Any, kiosk: bool) -> None:
    with html.Div(classes="fsv-panel", id="controls", role="region", aria_label="Choose what to show",
                  __properties=ARIA):
        html.H2("Nerve roots")
        with html.Div(classes="fsv-btns", id="roots"):
            v3.VBtn(
                "{{ r.label }}",
                v_for="r in roots",
                key="r.id",
                id=("'root-' + r.label",),
                classes="fsv-root-btn",
                color=("r.color || 'grey'",),
                variant=("root === r.id ? 'flat' : 'outlined'",),
                aria_pressed=("root === r.id ? 'true' : 'false'",),
                __properties=ARIA,
                click="root = (root === r.id ? null : r.id)",
            )
        html.H2("Where the nerve is pressed")
        with html.Div(v_for="g in site_groups", key="g.title"):
            html.H3("{{ g.title }}")
            with html.Div(classes="fsv-btns"):
                v3.VBtn(
                    "{{ s.label[mode] }}",
                    v_for="s in g.items",
                    key="s.id",
                    id=("'site-' + s.id",),
                    size="small",
                    variant=("site === s.id ? 'flat' : 'tonal'",),
                    color=("site === s.id ? 'primary' : undefined",),
                    aria_pressed=("site === s.id ? 'true' : 'false'",),
                    __properties=ARIA,
                    click="site = (site === s.id ? null : s.id)",
                )
        html.H2("Side")
        with v3.VBtnToggle(v_model=("side",), mandatory=True, id="side"):
            v3.VBtn("{{ s === 'L' ? 'Left' : s === 'R' ? 'Right' : s }}", v_for="s in sides", key="s",
                    value=("s",), id=("'side-' + s",))
        html.H2("Camera")
        with html.Div(classes="fsv-btns", id="cameras"):
            v3.VBtn("{{ v.replaceAll('-', ' ') }}", v_for="v in views", key="v", size="small",
                    id=("'camera-' + v",), click=(app.set_camera, "[v]"))
        if not kiosk:
            with html.Div(id="settings"):
                html.H2("Skin map")
                v3.VSelect(v_model=("map",), items=("maps",), item_title="label", item_value="id",
                           id="map", density="comfortable", hide_details=True, label="Dermatome map")
                html.H2("Layers")
                v3.VCheckbox(v_for="l in layer_names", key="l", v_model=("layers",), value=("l",),
                             label=("l",), id=("'layer-' + l",), density="compact", hide_details=True)
                v3.VSlider(v_model=("skin_opacity",), min=0, max=1, step=0.05, label="Skin",
                           id="skin-opacity", hide_details=True, thumb_label=True)


def _info(app: "WebExplorer", v3: Any, html: Any) -> None:
    with html.Div(classes="fsv-panel fsv-info", id="info", role="region", aria_live="polite",
                  aria_label="What this means", __properties=ARIA):
        with v3.VAlert(v_if="info.emergency", type="error", id="red-flag", prominent=True,
                       variant="flat", classes="mb-2"):
            html.Div("{{ info.emergency }}")
        v3.VAlert("{{ message }}", v_if="message", type="info", variant="tonal", id="message",
                  classes="mb-2", density="compact")
        html.H2("{{ info.title }}", v_if="info.title", id="info-title")
        with html.Div(v_for="sec in info.sections", key="sec.title", classes="fsv-section"):
            html.H3("{{ sec.title }}")
            html.P("{{ sec.items[0] }}", v_if="sec.items.length === 1 && sec.items[0].length > 80")
            with html.Ul(v_else=True):
                html.Li("{{ item }}", v_for="(item, i) in sec.items", key="i")
        with html.Div(v_if="marks.length", id="marks"):
            html.H2("Marked spots on the skin")
            with html.Div(v_for="m in marks", key="m.number", classes="fsv-mark",
                          id=("'mark-' + m.number",)):
                html.H3("Spot {{ m.number }}: {{ m.answer.title }}")
                with html.Div(v_for="sec in m.answer.sections", key="sec.title"):
                    html.Strong("{{ sec.title }}")
                    with html.Ul():
                        html.Li("{{ item }}", v_for="(item, i) in sec.items", key="i")
            v3.VBtn("Clear spots", id="clear-marks", click=app.clear_marks,
                    prepend_icon="mdi-close")
        with html.Div(v_if="mode === 'student' && info.sources && info.sources.length", id="sources"):
            html.H3("Sources")
            with html.Ul():
                html.Li("{{ s }}", v_for="(s, i) in info.sources", key="i")
        html.P("{{ info.urgent }}", v_if="info.urgent && !info.emergency", classes="fsv-urgent",
               id="urgent")
        html.P("{{ info.disclaimer }}", classes="fsv-disclaimer", id="disclaimer")
