from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """Schema ``FileUpload`` of the Run:ai API 1.0.

    Attributes:
        file (File):
        description (str | Unset):
        labels (list[str] | Unset):
    """

    file: File
    description: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        description = self.description

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["file"] = file
        if description is not UNSET:
            field__dict["description"] = description
        if labels is not UNSET:
            field__dict["labels"] = labels
        return field__dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.description, Unset):
            files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.labels, Unset):
            for labels_item_element in self.labels:
                files.append(("labels", (None, str(labels_item_element).encode(), "text/plain")))

        for extra__name, extra__value in self.additional_properties.items():
            files.append((extra__name, (None, str(extra__value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        file = File(payload=BytesIO(rest__dict.pop("file")))

        description = rest__dict.pop("description", UNSET)
        labels = cast(list[str], rest__dict.pop("labels", UNSET))

        model__instance = cls__(
            file=file,
            description=description,
            labels=labels,
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
