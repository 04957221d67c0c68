from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.widget import Widget

T = TypeVar("T", bound="WidgetPage")


@_attrs_define
class WidgetPage:
    """Schema ``WidgetPage`` of the Run:ai API 1.0.

    Attributes:
        total (int):
        widgets (list[Widget]):
    """

    total: int
    widgets: list[Widget]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["total"] = total
        field__dict["widgets"] = widgets
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.widget import Widget

        rest__dict = dict(src__dict)
        total = rest__dict.pop("total")
        widgets = []
        _widgets = rest__dict.pop("widgets")
        for widgets_item_data in _widgets:
            widgets_item = Widget.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        model__instance = cls__(
            total=total,
            widgets=widgets,
        )
        model__instance.additional_properties = rest__dict
        return model__instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
