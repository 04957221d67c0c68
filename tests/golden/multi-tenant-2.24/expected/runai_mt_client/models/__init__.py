"""The models and enums of the Run:ai API 2.24, each imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .access_rule import AccessRule
    from .access_rule_creation_fields import AccessRuleCreationFields
    from .access_rule_metadata_fields import AccessRuleMetadataFields
    from .access_rule_phase import AccessRulePhase
    from .access_rule_status_response import AccessRuleStatusResponse
    from .application import Application
    from .application_creation_request import ApplicationCreationRequest
    from .application_patch_request import ApplicationPatchRequest
    from .application_post_response import ApplicationPostResponse
    from .audit_log import AuditLog
    from .audit_log_action import AuditLogAction
    from .audit_log_http_method import AuditLogHttpMethod
    from .audit_log_metadata import AuditLogMetadata
    from .audit_log_result import AuditLogResult
    from .audit_log_subject_type import AuditLogSubjectType
    from .cluster_creation_request import ClusterCreationRequest
    from .cluster_dependencies_status import ClusterDependenciesStatus
    from .cluster_dependencies_status_optional import ClusterDependenciesStatusOptional
    from .cluster_dependencies_status_required import ClusterDependenciesStatusRequired
    from .cluster_dependency_status import ClusterDependencyStatus
    from .cluster_dependency_status_components import ClusterDependencyStatusComponents
    from .cluster_displayed_status import ClusterDisplayedStatus
    from .cluster_installation_info_response import ClusterInstallationInfoResponse
    from .cluster_reported_config import ClusterReportedConfig
    from .cluster_reported_status import ClusterReportedStatus
    from .cluster_reported_status_conditions_item import ClusterReportedStatusConditionsItem
    from .cluster_reported_status_conditions_item_status import (
        ClusterReportedStatusConditionsItemStatus,
    )
    from .cluster_reported_status_operands import ClusterReportedStatusOperands
    from .cluster_reported_status_operands_value import ClusterReportedStatusOperandsValue
    from .cluster_reported_status_platform import ClusterReportedStatusPlatform
    from .cluster_reported_status_platform_type import ClusterReportedStatusPlatformType
    from .cluster_state import ClusterState
    from .cluster_update_request import ClusterUpdateRequest
    from .deleted_tenant import DeletedTenant
    from .displayed_cluster import DisplayedCluster
    from .enrichment_data_fields import EnrichmentDataFields
    from .error import Error
    from .get_audit_logs_response_200 import GetAuditLogsResponse200
    from .get_audit_logs_sort_by import GetAuditLogsSortBy
    from .get_audit_logs_sort_order import GetAuditLogsSortOrder
    from .get_cluster_by_uuid_verbosity import GetClusterByUuidVerbosity
    from .get_clusters_verbosity import GetClustersVerbosity
    from .get_users_sort_order import GetUsersSortOrder
    from .grant_token_v2_body import GrantTokenV2Body
    from .grant_token_v2_body_grant_type import GrantTokenV2BodyGrantType
    from .http_response import HttpResponse
    from .idp import Idp
    from .idp_creation_request import IdpCreationRequest
    from .idp_creation_request_type_enum import IdpCreationRequestTypeEnum
    from .idp_post_response import IdpPostResponse
    from .idp_type import IdpType
    from .mandatory_claim import MandatoryClaim
    from .mappers import Mappers
    from .o_auth_2_error import OAuth2Error
    from .o_auth_2_error_error import OAuth2ErrorError
    from .o_auth_2_token_response import OAuth2TokenResponse
    from .ocp_creation_data import OcpCreationData
    from .ocp_data import OcpData
    from .oidc_creation_data import OidcCreationData
    from .oidc_data import OidcData
    from .permission_action import PermissionAction
    from .permission_set import PermissionSet
    from .regenerate_application_secret_response_200 import RegenerateApplicationSecretResponse200
    from .regenerate_service_account_secret_response import RegenerateServiceAccountSecretResponse
    from .resource_type import ResourceType
    from .role_permission import RolePermission
    from .role_permission_set import RolePermissionSet
    from .saml_creation_data import SamlCreationData
    from .saml_creation_data_metadata_xml_type_enum import SamlCreationDataMetadataXmlTypeEnum
    from .saml_data import SamlData
    from .scope_type import ScopeType
    from .service_account import ServiceAccount
    from .service_account_creation_request import ServiceAccountCreationRequest
    from .service_account_patch_request import ServiceAccountPatchRequest
    from .service_account_post_response import ServiceAccountPostResponse
    from .subject_type import SubjectType
    from .tenant import Tenant
    from .tenant_contract_type import TenantContractType
    from .tenant_creation_request import TenantCreationRequest
    from .tenant_creation_request_contract_type import TenantCreationRequestContractType
    from .tenant_creation_request_role import TenantCreationRequestRole
    from .tenant_status import TenantStatus
    from .token_request import TokenRequest
    from .token_request_grant_type_enum import TokenRequestGrantTypeEnum
    from .token_response import TokenResponse
    from .user import User
    from .users_filter_sort_fields import UsersFilterSortFields

_MODULES: dict[str, str] = {
    "AccessRule": "access_rule",
    "AccessRuleCreationFields": "access_rule_creation_fields",
    "AccessRuleMetadataFields": "access_rule_metadata_fields",
    "AccessRulePhase": "access_rule_phase",
    "AccessRuleStatusResponse": "access_rule_status_response",
    "Application": "application",
    "ApplicationCreationRequest": "application_creation_request",
    "ApplicationPatchRequest": "application_patch_request",
    "ApplicationPostResponse": "application_post_response",
    "AuditLog": "audit_log",
    "AuditLogAction": "audit_log_action",
    "AuditLogHttpMethod": "audit_log_http_method",
    "AuditLogMetadata": "audit_log_metadata",
    "AuditLogResult": "audit_log_result",
    "AuditLogSubjectType": "audit_log_subject_type",
    "ClusterCreationRequest": "cluster_creation_request",
    "ClusterDependenciesStatus": "cluster_dependencies_status",
    "ClusterDependenciesStatusOptional": "cluster_dependencies_status_optional",
    "ClusterDependenciesStatusRequired": "cluster_dependencies_status_required",
    "ClusterDependencyStatus": "cluster_dependency_status",
    "ClusterDependencyStatusComponents": "cluster_dependency_status_components",
    "ClusterDisplayedStatus": "cluster_displayed_status",
    "ClusterInstallationInfoResponse": "cluster_installation_info_response",
    "ClusterReportedConfig": "cluster_reported_config",
    "ClusterReportedStatus": "cluster_reported_status",
    "ClusterReportedStatusConditionsItem": "cluster_reported_status_conditions_item",
    "ClusterReportedStatusConditionsItemStatus": "cluster_reported_status_conditions_item_status",
    "ClusterReportedStatusOperands": "cluster_reported_status_operands",
    "ClusterReportedStatusOperandsValue": "cluster_reported_status_operands_value",
    "ClusterReportedStatusPlatform": "cluster_reported_status_platform",
    "ClusterReportedStatusPlatformType": "cluster_reported_status_platform_type",
    "ClusterState": "cluster_state",
    "ClusterUpdateRequest": "cluster_update_request",
    "DeletedTenant": "deleted_tenant",
    "DisplayedCluster": "displayed_cluster",
    "EnrichmentDataFields": "enrichment_data_fields",
    "Error": "error",
    "GetAuditLogsResponse200": "get_audit_logs_response_200",
    "GetAuditLogsSortBy": "get_audit_logs_sort_by",
    "GetAuditLogsSortOrder": "get_audit_logs_sort_order",
    "GetClusterByUuidVerbosity": "get_cluster_by_uuid_verbosity",
    "GetClustersVerbosity": "get_clusters_verbosity",
    "GetUsersSortOrder": "get_users_sort_order",
    "GrantTokenV2Body": "grant_token_v2_body",
    "GrantTokenV2BodyGrantType": "grant_token_v2_body_grant_type",
    "HttpResponse": "http_response",
    "Idp": "idp",
    "IdpCreationRequest": "idp_creation_request",
    "IdpCreationRequestTypeEnum": "idp_creation_request_type_enum",
    "IdpPostResponse": "idp_post_response",
    "IdpType": "idp_type",
    "MandatoryClaim": "mandatory_claim",
    "Mappers": "mappers",
    "OAuth2Error": "o_auth_2_error",
    "OAuth2ErrorError": "o_auth_2_error_error",
    "OAuth2TokenResponse": "o_auth_2_token_response",
    "OcpCreationData": "ocp_creation_data",
    "OcpData": "ocp_data",
    "OidcCreationData": "oidc_creation_data",
    "OidcData": "oidc_data",
    "PermissionAction": "permission_action",
    "PermissionSet": "permission_set",
    "RegenerateApplicationSecretResponse200": "regenerate_application_secret_response_200",
    "RegenerateServiceAccountSecretResponse": "regenerate_service_account_secret_response",
    "ResourceType": "resource_type",
    "RolePermission": "role_permission",
    "RolePermissionSet": "role_permission_set",
    "SamlCreationData": "saml_creation_data",
    "SamlCreationDataMetadataXmlTypeEnum": "saml_creation_data_metadata_xml_type_enum",
    "SamlData": "saml_data",
    "ScopeType": "scope_type",
    "ServiceAccount": "service_account",
    "ServiceAccountCreationRequest": "service_account_creation_request",
    "ServiceAccountPatchRequest": "service_account_patch_request",
    "ServiceAccountPostResponse": "service_account_post_response",
    "SubjectType": "subject_type",
    "Tenant": "tenant",
    "TenantContractType": "tenant_contract_type",
    "TenantCreationRequest": "tenant_creation_request",
    "TenantCreationRequestContractType": "tenant_creation_request_contract_type",
    "TenantCreationRequestRole": "tenant_creation_request_role",
    "TenantStatus": "tenant_status",
    "TokenRequest": "token_request",
    "TokenRequestGrantTypeEnum": "token_request_grant_type_enum",
    "TokenResponse": "token_response",
    "User": "user",
    "UsersFilterSortFields": "users_filter_sort_fields",
}

__all__ = (
    "AccessRule",
    "AccessRuleCreationFields",
    "AccessRuleMetadataFields",
    "AccessRulePhase",
    "AccessRuleStatusResponse",
    "Application",
    "ApplicationCreationRequest",
    "ApplicationPatchRequest",
    "ApplicationPostResponse",
    "AuditLog",
    "AuditLogAction",
    "AuditLogHttpMethod",
    "AuditLogMetadata",
    "AuditLogResult",
    "AuditLogSubjectType",
    "ClusterCreationRequest",
    "ClusterDependenciesStatus",
    "ClusterDependenciesStatusOptional",
    "ClusterDependenciesStatusRequired",
    "ClusterDependencyStatus",
    "ClusterDependencyStatusComponents",
    "ClusterDisplayedStatus",
    "ClusterInstallationInfoResponse",
    "ClusterReportedConfig",
    "ClusterReportedStatus",
    "ClusterReportedStatusConditionsItem",
    "ClusterReportedStatusConditionsItemStatus",
    "ClusterReportedStatusOperands",
    "ClusterReportedStatusOperandsValue",
    "ClusterReportedStatusPlatform",
    "ClusterReportedStatusPlatformType",
    "ClusterState",
    "ClusterUpdateRequest",
    "DeletedTenant",
    "DisplayedCluster",
    "EnrichmentDataFields",
    "Error",
    "GetAuditLogsResponse200",
    "GetAuditLogsSortBy",
    "GetAuditLogsSortOrder",
    "GetClusterByUuidVerbosity",
    "GetClustersVerbosity",
    "GetUsersSortOrder",
    "GrantTokenV2Body",
    "GrantTokenV2BodyGrantType",
    "HttpResponse",
    "Idp",
    "IdpCreationRequest",
    "IdpCreationRequestTypeEnum",
    "IdpPostResponse",
    "IdpType",
    "MandatoryClaim",
    "Mappers",
    "OAuth2Error",
    "OAuth2ErrorError",
    "OAuth2TokenResponse",
    "OcpCreationData",
    "OcpData",
    "OidcCreationData",
    "OidcData",
    "PermissionAction",
    "PermissionSet",
    "RegenerateApplicationSecretResponse200",
    "RegenerateServiceAccountSecretResponse",
    "ResourceType",
    "RolePermission",
    "RolePermissionSet",
    "SamlCreationData",
    "SamlCreationDataMetadataXmlTypeEnum",
    "SamlData",
    "ScopeType",
    "ServiceAccount",
    "ServiceAccountCreationRequest",
    "ServiceAccountPatchRequest",
    "ServiceAccountPostResponse",
    "SubjectType",
    "Tenant",
    "TenantContractType",
    "TenantCreationRequest",
    "TenantCreationRequestContractType",
    "TenantCreationRequestRole",
    "TenantStatus",
    "TokenRequest",
    "TokenRequestGrantTypeEnum",
    "TokenResponse",
    "User",
    "UsersFilterSortFields",
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
