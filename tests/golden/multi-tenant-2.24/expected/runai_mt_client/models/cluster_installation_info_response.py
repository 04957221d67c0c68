from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClusterInstallationInfoResponse")


@_attrs_define
class ClusterInstallationInfoResponse:
    """Schema ``ClusterInstallationInfoResponse`` of the Run:ai API 2.24.

    Attributes:
        chart_repo_url (str):
        client_secret (str):
        installation_str (str):
        repository_name (str):
    """

    chart_repo_url: str
    client_secret: str
    installation_str: str
    repository_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_repo_url = self.chart_repo_url

        client_secret = self.client_secret

        installation_str = self.installation_str

        repository_name = self.repository_name

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["chartRepoURL"] = chart_repo_url
        field__dict["clientSecret"] = client_secret
        field__dict["installationStr"] = installation_str
        field__dict["repositoryName"] = repository_name
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        rest__dict = dict(src__dict)
        chart_repo_url = rest__dict.pop("chartRepoURL")
        client_secret = rest__dict.pop("clientSecret")
        installation_str = rest__dict.pop("installationStr")
        repository_name = rest__dict.pop("repositoryName")
        model__instance = cls__(
            chart_repo_url=chart_repo_url,
            client_secret=client_secret,
            installation_str=installation_str,
            repository_name=repository_name,
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
