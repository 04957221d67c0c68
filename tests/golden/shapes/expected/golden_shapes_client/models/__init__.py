"""The models and enums of the Run:ai API 1.0, each imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .circle import Circle
    from .circle_kind import CircleKind
    from .color import Color
    from .created import Created
    from .created_event import CreatedEvent
    from .file_info import FileInfo
    from .file_upload import FileUpload
    from .list_widgets_sort_order import ListWidgetsSortOrder
    from .priority import Priority
    from .problem import Problem
    from .renamed import Renamed
    from .renamed_event import RenamedEvent
    from .settings import Settings
    from .settings_labels import SettingsLabels
    from .settings_limits import SettingsLimits
    from .square import Square
    from .square_kind import SquareKind
    from .status import Status
    from .status_counts import StatusCounts
    from .status_state import StatusState
    from .widget import Widget
    from .widget_base import WidgetBase
    from .widget_base_attributes import WidgetBaseAttributes
    from .widget_create import WidgetCreate
    from .widget_page import WidgetPage
    from .widget_patch import WidgetPatch
    from .widget_patch_attributes import WidgetPatchAttributes

_MODULES: dict[str, str] = {
    "Circle": "circle",
    "CircleKind": "circle_kind",
    "Color": "color",
    "Created": "created",
    "CreatedEvent": "created_event",
    "FileInfo": "file_info",
    "FileUpload": "file_upload",
    "ListWidgetsSortOrder": "list_widgets_sort_order",
    "Priority": "priority",
    "Problem": "problem",
    "Renamed": "renamed",
    "RenamedEvent": "renamed_event",
    "Settings": "settings",
    "SettingsLabels": "settings_labels",
    "SettingsLimits": "settings_limits",
    "Square": "square",
    "SquareKind": "square_kind",
    "Status": "status",
    "StatusCounts": "status_counts",
    "StatusState": "status_state",
    "Widget": "widget",
    "WidgetBase": "widget_base",
    "WidgetBaseAttributes": "widget_base_attributes",
    "WidgetCreate": "widget_create",
    "WidgetPage": "widget_page",
    "WidgetPatch": "widget_patch",
    "WidgetPatchAttributes": "widget_patch_attributes",
}

__all__ = (
    "Circle",
    "CircleKind",
    "Color",
    "Created",
    "CreatedEvent",
    "FileInfo",
    "FileUpload",
    "ListWidgetsSortOrder",
    "Priority",
    "Problem",
    "Renamed",
    "RenamedEvent",
    "Settings",
    "SettingsLabels",
    "SettingsLimits",
    "Square",
    "SquareKind",
    "Status",
    "StatusCounts",
    "StatusState",
    "Widget",
    "WidgetBase",
    "WidgetBaseAttributes",
    "WidgetCreate",
    "WidgetPage",
    "WidgetPatch",
    "WidgetPatchAttributes",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
