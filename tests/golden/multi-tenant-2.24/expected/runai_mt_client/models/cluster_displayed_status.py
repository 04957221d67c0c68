from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_dependencies_status import ClusterDependenciesStatus
    from ..models.cluster_reported_config import ClusterReportedConfig
    from ..models.cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem
    from ..models.cluster_reported_status_operands import ClusterReportedStatusOperands
    from ..models.cluster_reported_status_platform import ClusterReportedStatusPlatform

T = TypeVar("T", bound="ClusterDisplayedStatus")


@_attrs_define
class ClusterDisplayedStatus:
    """Schema ``ClusterDisplayedStatus`` of the Run:ai API 2.24.

    Attributes:
        conditions (list[ClusterReportedStatusConditionsItem] | Unset):
        config (ClusterReportedConfig | None | Unset):
        dependencies (ClusterDependenciesStatus | Unset):
        operands (ClusterReportedStatusOperands | Unset):
        platform (ClusterReportedStatusPlatform | None | Unset):
        state (ClusterState | Unset):
    """

    conditions: list[ClusterReportedStatusConditionsItem] | Unset = UNSET
    config: ClusterReportedConfig | None | Unset = UNSET
    dependencies: ClusterDependenciesStatus | Unset = UNSET
    operands: ClusterReportedStatusOperands | Unset = UNSET
    platform: ClusterReportedStatusPlatform | None | Unset = UNSET
    state: ClusterState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_reported_config import ClusterReportedConfig
        from ..models.cluster_reported_status_platform import ClusterReportedStatusPlatform

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ClusterReportedConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        dependencies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies.to_dict()

        operands: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operands, Unset):
            operands = self.operands.to_dict()

        platform: dict[str, Any] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, ClusterReportedStatusPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        if conditions is not UNSET:
            field__dict["conditions"] = conditions
        if config is not UNSET:
            field__dict["config"] = config
        if dependencies is not UNSET:
            field__dict["dependencies"] = dependencies
        if operands is not UNSET:
            field__dict["operands"] = operands
        if platform is not UNSET:
            field__dict["platform"] = platform
        if state is not UNSET:
            field__dict["state"] = state
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.cluster_dependencies_status import ClusterDependenciesStatus
        from ..models.cluster_reported_config import ClusterReportedConfig
        from ..models.cluster_reported_status_conditions_item import (
            ClusterReportedStatusConditionsItem,
        )
        from ..models.cluster_reported_status_operands import ClusterReportedStatusOperands
        from ..models.cluster_reported_status_platform import ClusterReportedStatusPlatform

        rest__dict = dict(src__dict)
        _conditions = rest__dict.pop("conditions", UNSET)
        conditions: list[ClusterReportedStatusConditionsItem] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ClusterReportedStatusConditionsItem.from_dict(
                    conditions_item_data
                )

                conditions.append(conditions_item)

        def _parse_config(data: object) -> ClusterReportedConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ClusterReportedConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterReportedConfig | None | Unset, data)

        config = _parse_config(rest__dict.pop("config", UNSET))

        _dependencies = rest__dict.pop("dependencies", UNSET)
        dependencies: ClusterDependenciesStatus | Unset
        if isinstance(_dependencies, Unset):
            dependencies = UNSET
        else:
            dependencies = ClusterDependenciesStatus.from_dict(_dependencies)

        _operands = rest__dict.pop("operands", UNSET)
        operands: ClusterReportedStatusOperands | Unset
        if isinstance(_operands, Unset):
            operands = UNSET
        else:
            operands = ClusterReportedStatusOperands.from_dict(_operands)

        def _parse_platform(data: object) -> ClusterReportedStatusPlatform | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_type_0 = ClusterReportedStatusPlatform.from_dict(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterReportedStatusPlatform | None | Unset, data)

        platform = _parse_platform(rest__dict.pop("platform", UNSET))

        _state = rest__dict.pop("state", UNSET)
        state: ClusterState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ClusterState(_state)

        model__instance = cls__(
            conditions=conditions,
            config=config,
            dependencies=dependencies,
            operands=operands,
            platform=platform,
            state=state,
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
