from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import deprecated

from ..models.color import Color
from ..models.priority import Priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.widget_base_attributes import WidgetBaseAttributes

T = TypeVar("T", bound="WidgetBase")


@_attrs_define
class WidgetBase:
    """Schema ``WidgetBase`` of the Run:ai API 1.0.

    Attributes:
        name (str):
        attributes (WidgetBaseAttributes | Unset): Free-form string attributes.
        color (Color | Unset):
        legacy_code (str | Unset): Replaced by attributes.
            Deprecated: Field 'legacyCode' of WidgetBase is deprecated since Run:ai 1.0 and due for
            removal in 1.2.
        priority (Priority | Unset): 1 is the most urgent.
        tags (list[str] | Unset):
        weight (float | None | Unset):
    """

    name: str
    attributes: WidgetBaseAttributes | Unset = UNSET
    color: Color | Unset = UNSET
    _legacy_code: str | Unset = _attrs_field(default=UNSET, alias="legacy_code")
    priority: Priority | Unset = UNSET
    tags: list[str] | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        # Passing a deprecated field (other than its default) to the constructor warns at the
        # caller's line (this method <- attrs' __init__ <- caller); from_dict sets it afterwards.
        if self._legacy_code is not UNSET:
            warnings.warn(
                "Field 'legacyCode' of WidgetBase is deprecated since Run:ai 1.0 and due for removal in 1.2.",
                DeprecationWarning,
                stacklevel=3,
            )

    @property
    @deprecated(
        "Field 'legacyCode' of WidgetBase is deprecated since Run:ai 1.0 and due for removal in 1.2.",
        category=DeprecationWarning,
    )
    def legacy_code(self) -> str | Unset:
        """Deprecated: Field 'legacyCode' of WidgetBase is deprecated since Run:ai 1.0 and due for
        removal in 1.2."""
        return self._legacy_code

    @legacy_code.setter
    @deprecated(
        "Field 'legacyCode' of WidgetBase is deprecated since Run:ai 1.0 and due for removal in 1.2.",
        category=DeprecationWarning,
    )
    def legacy_code(self, value: str | Unset) -> None:
        self._legacy_code = value

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.value

        legacy_code = self._legacy_code

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["name"] = name
        if attributes is not UNSET:
            field__dict["attributes"] = attributes
        if color is not UNSET:
            field__dict["color"] = color
        if legacy_code is not UNSET:
            field__dict["legacyCode"] = legacy_code
        if priority is not UNSET:
            field__dict["priority"] = priority
        if tags is not UNSET:
            field__dict["tags"] = tags
        if weight is not UNSET:
            field__dict["weight"] = weight
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.widget_base_attributes import WidgetBaseAttributes

        rest__dict = dict(src__dict)
        name = rest__dict.pop("name")
        _attributes = rest__dict.pop("attributes", UNSET)
        attributes: WidgetBaseAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = WidgetBaseAttributes.from_dict(_attributes)

        _color = rest__dict.pop("color", UNSET)
        color: Color | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = Color(_color)

        legacy_code = rest__dict.pop("legacyCode", UNSET)
        _priority = rest__dict.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = Priority(_priority)

        tags = cast(list[str], rest__dict.pop("tags", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(rest__dict.pop("weight", UNSET))

        model__instance = cls__(
            name=name,
            attributes=attributes,
            color=color,
            priority=priority,
            tags=tags,
            weight=weight,
        )
        model__instance._legacy_code = legacy_code
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
