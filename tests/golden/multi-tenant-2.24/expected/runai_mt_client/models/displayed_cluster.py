from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_displayed_status import ClusterDisplayedStatus

T = TypeVar("T", bound="DisplayedCluster")


@_attrs_define
class DisplayedCluster:
    """Schema ``DisplayedCluster`` of the Run:ai API 2.24.

    Attributes:
        created_at (datetime.datetime):
        name (str):
        tenant_id (int): Numeric id of a tenant.
        uuid (UUID):
        delete_requested_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        domain (None | str | Unset):
        last_liveness (datetime.datetime | None | Unset):
        status (ClusterDisplayedStatus | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        version (None | str | Unset):
    """

    created_at: datetime.datetime
    name: str
    tenant_id: int
    uuid: UUID
    delete_requested_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    domain: None | str | Unset = UNSET
    last_liveness: datetime.datetime | None | Unset = UNSET
    status: ClusterDisplayedStatus | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_displayed_status import ClusterDisplayedStatus

        created_at = self.created_at.isoformat()

        name = self.name

        tenant_id = self.tenant_id

        uuid = str(self.uuid)

        delete_requested_at: None | str | Unset
        if isinstance(self.delete_requested_at, Unset):
            delete_requested_at = UNSET
        elif isinstance(self.delete_requested_at, datetime.datetime):
            delete_requested_at = self.delete_requested_at.isoformat()
        else:
            delete_requested_at = self.delete_requested_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        last_liveness: None | str | Unset
        if isinstance(self.last_liveness, Unset):
            last_liveness = UNSET
        elif isinstance(self.last_liveness, datetime.datetime):
            last_liveness = self.last_liveness.isoformat()
        else:
            last_liveness = self.last_liveness

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ClusterDisplayedStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["createdAt"] = created_at
        field__dict["name"] = name
        field__dict["tenantId"] = tenant_id
        field__dict["uuid"] = uuid
        if delete_requested_at is not UNSET:
            field__dict["deleteRequestedAt"] = delete_requested_at
        if deleted_at is not UNSET:
            field__dict["deletedAt"] = deleted_at
        if domain is not UNSET:
            field__dict["domain"] = domain
        if last_liveness is not UNSET:
            field__dict["lastLiveness"] = last_liveness
        if status is not UNSET:
            field__dict["status"] = status
        if updated_at is not UNSET:
            field__dict["updatedAt"] = updated_at
        if version is not UNSET:
            field__dict["version"] = version
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.cluster_displayed_status import ClusterDisplayedStatus

        rest__dict = dict(src__dict)
        created_at = datetime.datetime.fromisoformat(rest__dict.pop("createdAt"))

        name = rest__dict.pop("name")
        tenant_id = rest__dict.pop("tenantId")
        uuid = UUID(rest__dict.pop("uuid"))

        def _parse_delete_requested_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delete_requested_at_type_0 = datetime.datetime.fromisoformat(data)

                return delete_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delete_requested_at = _parse_delete_requested_at(rest__dict.pop("deleteRequestedAt", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(rest__dict.pop("deletedAt", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(rest__dict.pop("domain", UNSET))

        def _parse_last_liveness(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_liveness_type_0 = datetime.datetime.fromisoformat(data)

                return last_liveness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_liveness = _parse_last_liveness(rest__dict.pop("lastLiveness", UNSET))

        def _parse_status(data: object) -> ClusterDisplayedStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ClusterDisplayedStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterDisplayedStatus | None | Unset, data)

        status = _parse_status(rest__dict.pop("status", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(rest__dict.pop("updatedAt", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(rest__dict.pop("version", UNSET))

        model__instance = cls__(
            created_at=created_at,
            name=name,
            tenant_id=tenant_id,
            uuid=uuid,
            delete_requested_at=delete_requested_at,
            deleted_at=deleted_at,
            domain=domain,
            last_liveness=last_liveness,
            status=status,
            updated_at=updated_at,
            version=version,
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
