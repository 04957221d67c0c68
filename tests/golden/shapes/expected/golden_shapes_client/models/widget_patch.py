from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.color import Color
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_patch_attributes import WidgetPatchAttributes

T = TypeVar("T", bound="WidgetPatch")


@_attrs_define
class WidgetPatch:
    """Schema ``WidgetPatch`` of the Run:ai API 1.0.

    Attributes:
        attributes (WidgetPatchAttributes | Unset):
        color (Color | None | Unset):
        name (None | str | Unset):
    """

    attributes: WidgetPatchAttributes | Unset = UNSET
    color: Color | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        elif isinstance(self.color, Color):
            color = self.color.value
        else:
            color = self.color

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if attributes is not UNSET:
            field__dict["attributes"] = attributes
        if color is not UNSET:
            field__dict["color"] = color
        if name is not UNSET:
            field__dict["name"] = name
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.widget_patch_attributes import WidgetPatchAttributes

        rest__dict = dict(src__dict)
        _attributes = rest__dict.pop("attributes", UNSET)
        attributes: WidgetPatchAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = WidgetPatchAttributes.from_dict(_attributes)

        def _parse_color(data: object) -> Color | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                color_type_0 = Color(data)

                return color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Color | None | Unset, data)

        color = _parse_color(rest__dict.pop("color", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(rest__dict.pop("name", UNSET))

        model__instance = cls__(
            attributes=attributes,
            color=color,
            name=name,
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
