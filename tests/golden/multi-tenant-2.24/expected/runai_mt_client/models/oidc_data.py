from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mandatory_claim import MandatoryClaim

T = TypeVar("T", bound="OidcData")


@_attrs_define
class OidcData:
    """Schema ``OidcData`` of the Run:ai API 2.24.

    Attributes:
        client_id (str):
        client_secret (str):
        mandatory_claim (MandatoryClaim | None | Unset):
        scopes (list[str] | Unset):
    """

    client_id: str
    client_secret: str
    mandatory_claim: MandatoryClaim | None | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mandatory_claim import MandatoryClaim

        client_id = self.client_id

        client_secret = self.client_secret

        mandatory_claim: dict[str, Any] | None | Unset
        if isinstance(self.mandatory_claim, Unset):
            mandatory_claim = UNSET
        elif isinstance(self.mandatory_claim, MandatoryClaim):
            mandatory_claim = self.mandatory_claim.to_dict()
        else:
            mandatory_claim = self.mandatory_claim

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field__dict: dict[str, Any] = {}
        field__dict.update(self.additional_properties)
        field__dict["clientId"] = client_id
        field__dict["clientSecret"] = client_secret
        if mandatory_claim is not UNSET:
            field__dict["mandatoryClaim"] = mandatory_claim
        if scopes is not UNSET:
            field__dict["scopes"] = scopes
        return field__dict

    @classmethod
    def from_dict(cls__: type[T], src__dict: Mapping[str, Any]) -> T:
        from ..models.mandatory_claim import MandatoryClaim

        rest__dict = dict(src__dict)
        client_id = rest__dict.pop("clientId")
        client_secret = rest__dict.pop("clientSecret")

        def _parse_mandatory_claim(data: object) -> MandatoryClaim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mandatory_claim_type_0 = MandatoryClaim.from_dict(data)

                return mandatory_claim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MandatoryClaim | None | Unset, data)

        mandatory_claim = _parse_mandatory_claim(rest__dict.pop("mandatoryClaim", UNSET))

        scopes = cast(list[str], rest__dict.pop("scopes", UNSET))

        model__instance = cls__(
            client_id=client_id,
            client_secret=client_secret,
            mandatory_claim=mandatory_claim,
            scopes=scopes,
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
