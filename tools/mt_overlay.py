"""Our overlay for the Multi-tenant snapshots: operation sets, MT-only parts, prose, release deltas.

Facts come from ../shared/reference/multitenant-surface.{md,json}; every prose string here is ours.
Read by `mt_snapshots.py` (same folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

INFO_TITLE = "NVIDIA Run:ai"
SERVER_URL = "https://app.run.ai"
INFO_DESCRIPTION = (
    "Multi-tenant management API of NVIDIA Run:ai, used by platform owners to manage tenants, "
    "clusters and access across a multi-tenant installation. This is a snapshot written by the "
    "runai-sdkgen project (see PROVENANCE.md), not a spec published by NVIDIA."
)


@dataclass(frozen=True)
class OperationDef:
    """One operation of a snapshot; `mt_only` ones are written here, the others come from the CP."""

    method: str
    path: str
    operation_id: str
    tag: str
    mt_only: bool = False


@dataclass(frozen=True)
class Prose:
    summary: str
    description: str
    request_body: str | None = None


TENANT_OPERATIONS = (
    OperationDef("get", "/api/v1/tenants", "get_tenants", "Tenant", mt_only=True),
    OperationDef("post", "/api/v1/tenants", "create_tenant", "Tenant", mt_only=True),
    OperationDef("get", "/api/v1/tenants/{tenantId}", "get_tenant_by_id", "Tenant", mt_only=True),
    OperationDef(
        "delete", "/api/v1/tenants/{tenantId}", "delete_tenant_by_id", "Tenant", mt_only=True
    ),
)
CLUSTER_OPERATIONS = (
    OperationDef("get", "/api/v1/clusters", "get_clusters", "Clusters"),
    OperationDef("post", "/api/v1/clusters", "create_cluster", "Clusters"),
    OperationDef("get", "/api/v1/clusters/{clusterUuid}", "get_cluster_by_uuid", "Clusters"),
    OperationDef("put", "/api/v1/clusters/{clusterUuid}", "updateCluster", "Clusters"),
    OperationDef("delete", "/api/v1/clusters/{clusterUuid}", "delete_cluster", "Clusters"),
    OperationDef(
        "get",
        "/api/v1/clusters/{clusterUuid}/cluster-install-info",
        "get_cluster_install_info_by_uuid",
        "Clusters",
    ),
)
TOKEN_V1_OPERATIONS = (OperationDef("post", "/api/v1/token", "grant_token", "Tokens"),)
TOKEN_V2_OPERATIONS = (OperationDef("post", "/api/v2/token", "grant_token_v2", "Tokens"),)
APPLICATION_OPERATIONS = (
    OperationDef("get", "/api/v1/apps", "get_applications", "Applications"),
    OperationDef("post", "/api/v1/apps", "create_application", "Applications"),
    OperationDef("get", "/api/v1/apps/{appId}", "get_application_by_id", "Applications"),
    OperationDef("patch", "/api/v1/apps/{appId}", "update_application_by_id", "Applications"),
    OperationDef("delete", "/api/v1/apps/{appId}", "delete_application_by_id", "Applications"),
    OperationDef(
        "post", "/api/v1/apps/{appId}/secret", "regenerate_application_secret", "Applications"
    ),
)
IDP_OPERATIONS = (
    OperationDef("get", "/api/v1/idps", "get_idps", "Idps"),
    OperationDef("post", "/api/v1/idps", "create_idp", "Idps"),
    OperationDef("get", "/api/v1/idps/{idp}", "get_idp", "Idps"),
    OperationDef("put", "/api/v1/idps/{idp}", "update_idp", "Idps"),
    OperationDef("delete", "/api/v1/idps/{idp}", "delete_idp", "Idps"),
    OperationDef("get", "/api/v1/idps/{idp}/mappers", "get_idp_mappers", "Idps"),
    OperationDef("put", "/api/v1/idps/{idp}/mappers", "update_idp_mappers", "Idps"),
)
SERVICE_ACCOUNT_OPERATIONS = (
    OperationDef("get", "/api/v1/service-accounts", "get_service_accounts", "Service Accounts"),
    OperationDef("post", "/api/v1/service-accounts", "create_service_account", "Service Accounts"),
    OperationDef(
        "get",
        "/api/v1/service-accounts/{serviceAccountId}",
        "get_service_account_by_id",
        "Service Accounts",
    ),
    OperationDef(
        "patch",
        "/api/v1/service-accounts/{serviceAccountId}",
        "update_service_account_by_id",
        "Service Accounts",
    ),
    OperationDef(
        "delete",
        "/api/v1/service-accounts/{serviceAccountId}",
        "delete_service_account_by_id",
        "Service Accounts",
    ),
    OperationDef(
        "post",
        "/api/v1/service-accounts/{serviceAccountId}/secret",
        "regenerate_service_account_secret",
        "Service Accounts",
    ),
)
PERMISSION_OPERATIONS = (
    OperationDef(
        "get",
        "/api/v1/authorization/permission-sets",
        "get_permission_sets",
        "Permissions",
        mt_only=True,
    ),
)
USER_OPERATIONS = (OperationDef("get", "/api/v1/users", "get_users", "Users"),)
ACCESS_RULE_OPERATIONS = (
    OperationDef(
        "post", "/api/v1/authorization/access-rules", "create_access_rule", "Access rules"
    ),
)
AUDIT_LOG_OPERATIONS = (OperationDef("get", "/api/v1/audit/log", "getAuditLogs", "AuditLogs"),)

RELEASE_OPERATIONS: dict[str, tuple[OperationDef, ...]] = {
    "2.22": (
        *TENANT_OPERATIONS,
        *TOKEN_V1_OPERATIONS,
        *APPLICATION_OPERATIONS,
        *CLUSTER_OPERATIONS,
    ),
    "2.23": (
        *TENANT_OPERATIONS,
        *TOKEN_V1_OPERATIONS,
        *APPLICATION_OPERATIONS,
        *IDP_OPERATIONS,
        *CLUSTER_OPERATIONS,
    ),
    "2.24": (
        *TENANT_OPERATIONS,
        *CLUSTER_OPERATIONS,
        *TOKEN_V1_OPERATIONS,
        *TOKEN_V2_OPERATIONS,
        *SERVICE_ACCOUNT_OPERATIONS,
        *APPLICATION_OPERATIONS,
        *PERMISSION_OPERATIONS,
        *USER_OPERATIONS,
        *ACCESS_RULE_OPERATIONS,
        *IDP_OPERATIONS,
        *AUDIT_LOG_OPERATIONS,
    ),
}

# Upstream CP names that read badly; the MT docs use the plain ones.
SCHEMA_RENAMES = {"Idp1": "Idp", "Users1": "Users", "User2": "User"}

# Operations the reference does not list for a release, or lists without a usable reason.
EVIDENCE_OVERRIDES: dict[tuple[str, str, str], str] = {
    ("2.24", "get", "/api/v1/apps"): (
        "not seen in any MT 2.24 page; kept (deprecated, as in CP 2.24) so that 2.23 clients "
        "keep working and the removal follows the deprecation policy"
    ),
    ("2.24", "post", "/api/v1/apps"): "as GET /api/v1/apps (2.24)",
    ("2.24", "get", "/api/v1/apps/{appId}"): "as GET /api/v1/apps (2.24)",
    ("2.24", "patch", "/api/v1/apps/{appId}"): "as GET /api/v1/apps (2.24)",
    ("2.24", "delete", "/api/v1/apps/{appId}"): "as GET /api/v1/apps (2.24)",
    ("2.24", "post", "/api/v1/apps/{appId}/secret"): "as GET /api/v1/apps (2.24)",
    ("2.24", "put", "/api/v1/idps/{idp}/mappers"): (
        "the unversioned MT Idps page excerpt is cut after 'Get idp mappers'; present in MT 2.23 "
        "and in CP 2.24 (update_idp_mappers)"
    ),
}

TAG_DESCRIPTIONS = {
    "Tenant": "Create, list, inspect and delete tenants.",
    "Clusters": "Register clusters and manage their lifecycle.",
    "Tokens": "Obtain access tokens for the API.",
    "Service Accounts": "Machine identities with client credentials.",
    "Applications": "Machine identities with client credentials (replaced by service accounts).",
    "Permissions": "Inspect the permission sets that roles are built from.",
    "Users": "List platform users.",
    "Access rules": "Bind roles to subjects within a scope.",
    "Idps": "Configure and manage external identity providers.",
    "AuditLogs": "Read the record of actions taken in the platform.",
}

OPERATION_PROSE = {
    "get_tenants": Prose("List tenants.", "Returns every tenant; soft-deleted ones on request."),
    "create_tenant": Prose(
        "Add a tenant.",
        "Creates a tenant and its first administrator.",
        "Name, administrator e-mail and contract of the new tenant.",
    ),
    "get_tenant_by_id": Prose("Get a tenant.", "Returns one tenant by its numeric id."),
    "delete_tenant_by_id": Prose(
        "Delete a tenant.", "Deletes a tenant; soft delete unless a hard delete is requested."
    ),
    "get_clusters": Prose("List clusters.", "Returns the clusters registered in the platform."),
    "create_cluster": Prose(
        "Register a cluster.", "Registers a new cluster.", "Name and version of the new cluster."
    ),
    "get_cluster_by_uuid": Prose("Get a cluster.", "Returns one cluster by its UUID."),
    "updateCluster": Prose(
        "Update a cluster.", "Changes the settings of a cluster.", "The new cluster settings."
    ),
    "delete_cluster": Prose(
        "Delete a cluster.", "Starts a graceful deletion of a cluster, or forces an instant one."
    ),
    "get_cluster_install_info_by_uuid": Prose(
        "Get cluster installation instructions.",
        "Returns what is needed to install the cluster component of a given version.",
    ),
    "grant_token": Prose(
        "Request an access token.",
        "Issues tokens for the grant type given in the JSON body.",
        "Grant type and the credentials it needs.",
    ),
    "grant_token_v2": Prose(
        "Request an access token (OAuth2).",
        "Issues tokens through a standard OAuth2 form-encoded token request.",
        "OAuth2 token request fields.",
    ),
    "get_applications": Prose("List applications.", "Returns the applications."),
    "create_application": Prose(
        "Add an application.",
        "Creates an application and returns its client id and secret.",
        "Name of the new application.",
    ),
    "get_application_by_id": Prose("Get an application.", "Returns one application by id."),
    "update_application_by_id": Prose(
        "Update an application.",
        "Enables or disables an application.",
        "The fields to change.",
    ),
    "delete_application_by_id": Prose("Delete an application.", "Deletes one application by id."),
    "regenerate_application_secret": Prose(
        "Issue a new application secret.", "Replaces the secret of an application."
    ),
    "get_idps": Prose("List identity providers.", "Returns the configured identity providers."),
    "create_idp": Prose(
        "Add an identity provider.",
        "Configures a SAML, OIDC or OpenShift identity provider.",
        "Identity provider settings.",
    ),
    "get_idp": Prose("Get an identity provider.", "Returns one identity provider by alias."),
    "update_idp": Prose(
        "Update an identity provider.",
        "Replaces the settings of an identity provider.",
        "New identity provider settings.",
    ),
    "delete_idp": Prose("Delete an identity provider.", "Removes an identity provider by alias."),
    "get_idp_mappers": Prose(
        "Get identity provider mappers.",
        "Returns how identity provider attributes map to user attributes.",
    ),
    "update_idp_mappers": Prose(
        "Update identity provider mappers.",
        "Replaces the attribute mappers of an identity provider.",
        "The new mappers.",
    ),
    "get_service_accounts": Prose("List service accounts.", "Returns the service accounts."),
    "create_service_account": Prose(
        "Add a service account.",
        "Creates a service account and returns its client id and secret.",
        "Name of the new service account.",
    ),
    "get_service_account_by_id": Prose(
        "Get a service account.", "Returns one service account by id."
    ),
    "update_service_account_by_id": Prose(
        "Update a service account.",
        "Enables or disables a service account.",
        "The fields to change.",
    ),
    "delete_service_account_by_id": Prose(
        "Delete a service account.", "Deletes one service account by id."
    ),
    "regenerate_service_account_secret": Prose(
        "Issue a new service account secret.", "Replaces the secret of a service account."
    ),
    "get_permission_sets": Prose(
        "List permission sets.", "Returns the permission sets that roles are composed of."
    ),
    "get_users": Prose("List users.", "Returns platform users, filtered, sorted and paged."),
    "create_access_rule": Prose(
        "Add an access rule.",
        "Grants a role to a user, group or service account in a scope.",
        "Subject, role and scope of the rule.",
    ),
    "getAuditLogs": Prose(
        "List audit log records.", "Returns audit records for a time range, filtered and sorted."
    ),
}

# Keyed by component parameter name, or by parameter name for inline parameters.
PARAMETER_DESCRIPTIONS = {
    "deleted": "Also return soft-deleted tenants.",
    "isHardDelete": "Delete the tenant permanently instead of marking it deleted.",
    "tenantId": "Numeric id of the tenant.",
    "queryTenantId": "Act on the identity providers of this tenant instead of the caller's.",
    "AuditLogFilter": "Filters as `field` `operator` `value` (e.g. `action==Create`).",
    "AuditLogSort": "Field to sort by.",
    "ClusterRemoteURL": "URL at which the cluster will be reached.",
    "ClusterUuid": "UUID of the cluster.",
    "ClusterVersion": "Cluster version to install.",
    "EndRequired": "End of the time range (ISO 8601).",
    "StartRequired": "Start of the time range (ISO 8601).",
    "NumberOfSamples": "How many samples to return for the time range.",
    "Offset": "Index of the first item to return.",
    "QueryForceDelete": "Delete at once instead of gracefully.",
    "QueryIncludeRequestedForDelete": "Also return clusters that are pending deletion.",
    "QueryVerbosity": "How much detail to return.",
    "SortOrder": "Ascending or descending order.",
    "appId": "Id of the application.",
    "idp": "Alias of the identity provider.",
    "limit": "Maximum number of items to return.",
    "search": "Free-text search.",
    "serviceAccountId": "Id of the service account.",
    "usersFilterBy": "Filters as `field` `operator` `value` (e.g. `username=@ann`).",
    "usersSortBy": "Field to sort by.",
    "filter": "Legacy attribute filter; use filterBy.",
}

STATUS_DESCRIPTIONS = {
    "200": "Success.",
    "201": "Created.",
    "202": "Accepted; the change completes asynchronously.",
    "204": "Success, no content.",
    "400": "The request is invalid.",
    "401": "The client could not be authenticated.",
}

RESPONSE_DESCRIPTIONS = {
    "202Accepted": "Accepted; the change completes asynchronously.",
    "204NoContent": "Success, no content.",
    "400BadRequest": "The request is invalid.",
    "401Unauthorized": "Missing or invalid access token.",
    "403Forbidden": "The caller may not perform this action.",
    "404NotFound": "The resource does not exist.",
    "409Conflict": "The request conflicts with an existing resource.",
    "500InternalServerError": "Unexpected server error.",
    "503ServiceUnavailable": "The service is temporarily unavailable.",
}

SCHEMA_DESCRIPTIONS = {
    "Error": "Error details returned with every 4xx/5xx response.",
    "Idp": "An external identity provider.",
    "Users": "A list of users.",
    "User": "A platform user.",
    "TokenRequest": "Token request; which fields are needed depends on `grantType`.",
    "TokenResponse": "Tokens issued for a token request.",
}

ERROR_REFS = {
    code: {"$ref": f"#/components/responses/{name}"}
    for code, name in (
        ("400", "400BadRequest"),
        ("401", "401Unauthorized"),
        ("403", "403Forbidden"),
        ("404", "404NotFound"),
        ("409", "409Conflict"),
        ("500", "500InternalServerError"),
        ("503", "503ServiceUnavailable"),
    )
}


def _json_response(schema_name: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{schema_name}"}
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*codes: str) -> dict[str, Any]:
    return {code: dict(ERROR_REFS[code]) for code in codes}


TENANT_ID_PATH_PARAMETER = {
    "name": "tenantId",
    "in": "path",
    "required": True,
    "schema": {"$ref": "#/components/schemas/TenantId"},
}


def mt_operation(release: str, op_def: OperationDef) -> dict[str, Any]:
    """The structure of an MT-only operation in `release` (prose is added by the builder)."""
    since_2_23 = release != "2.22"
    if op_def.operation_id == "get_tenants":
        operation: dict[str, Any] = {
            "operationId": op_def.operation_id,
            "responses": {
                "200": _json_response("Tenants"),
                **_errors("400", "401", "403", "500", "503"),
            },
        }
        if since_2_23:
            operation["parameters"] = [{"$ref": "#/components/parameters/deleted"}]
        return operation
    if op_def.operation_id == "create_tenant":
        return {
            "operationId": op_def.operation_id,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/TenantCreationRequest"}
                    }
                },
            },
            "responses": {
                "201": _json_response("Tenant"),
                **_errors("400", "401", "403", "404", "409", "500", "503"),
            },
        }
    if op_def.operation_id == "get_tenant_by_id":
        return {
            "operationId": op_def.operation_id,
            "parameters": [TENANT_ID_PATH_PARAMETER],
            "responses": {
                "200": _json_response("Tenant"),
                **_errors("400", "401", "403", "404", "500", "503"),
            },
        }
    if op_def.operation_id == "delete_tenant_by_id":
        parameters: list[dict[str, Any]] = [TENANT_ID_PATH_PARAMETER]
        if since_2_23:
            parameters.append(
                {
                    "name": "isHardDelete",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "boolean", "default": False},
                }
            )
        return {
            "operationId": op_def.operation_id,
            "parameters": parameters,
            "responses": {
                "200": _json_response("DeletedTenant"),
                **_errors("400", "401", "403", "404", "500", "503"),
            },
        }
    if op_def.operation_id == "get_permission_sets":
        return {
            "operationId": op_def.operation_id,
            "responses": {
                "200": _json_response("PermissionSets"),
                **_errors("400", "401", "403", "500", "503"),
            },
        }
    raise KeyError(op_def.operation_id)


def extra_parameters(release: str, op_def: OperationDef) -> list[dict[str, Any]]:
    """MT-only parameters added to operations shared with the CP."""
    if op_def.tag == "Idps" and release != "2.22":
        return [{"$ref": "#/components/parameters/queryTenantId"}]
    return []


def _string(**constraints: Any) -> dict[str, Any]:
    return {"type": "string", **constraints}


def mt_components(release: str) -> dict[str, dict[str, Any]]:
    """Components written from the MT reference (they win over CP components of the same name)."""
    limits_2_24 = release == "2.24"
    name = _string(pattern="^[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]$")
    email = _string(pattern=r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$")
    password = _string(format="password")
    if limits_2_24:
        name.update(minLength=2, maxLength=255)
        email.update(minLength=5, maxLength=254)
        password.update(minLength=8, maxLength=255)
    schemas: dict[str, Any] = {
        "TenantId": {
            "description": "Numeric id of a tenant.",
            "type": "integer",
            "format": "int32",
        },
        "Tenant": {
            "description": "A tenant (organization) of the platform.",
            "type": "object",
            "required": [
                "id",
                "uuid",
                "name",
                "status",
                "contractType",
                "createdAt",
                "updatedAt",
                "smg",
            ],
            "properties": {
                "id": {"$ref": "#/components/schemas/TenantId"},
                "mimirId": _string(),
                "uuid": _string(format="uuid"),
                "name": _string(),
                "displayName": _string(),
                "smg": {"type": "boolean"},
                "status": _string(
                    enum=["Creating", "Failed", "Updating", "Deleted", "Deleting", "Ready"]
                ),
                "createdAt": _string(format="date-time"),
                "updatedAt": _string(format="date-time"),
                "contractType": _string(enum=["normal", "trial"]),
                "eula": _string(),
            },
        },
        "Tenants": {
            "description": "A list of tenants.",
            "type": "array",
            "items": {"$ref": "#/components/schemas/Tenant"},
        },
        "TenantCreationRequest": {
            "description": "A new tenant and its first administrator.",
            "type": "object",
            "required": ["name", "email"],
            "properties": {
                "name": name,
                "email": email,
                "password": password,
                "contractType": _string(enum=["normal", "trial"]),
                "role": _string(nullable=True, enum=["System administrator", "Cloud operator"]),
            },
        },
        "DeletedTenant": {
            "description": "Identifies the tenant that was deleted.",
            "type": "object",
            "properties": {"uid": _string()},
        },
    }
    parameters: dict[str, Any] = {}
    if release != "2.22":
        parameters["deleted"] = {
            "name": "deleted",
            "in": "query",
            "required": False,
            "schema": {"type": "boolean", "default": False},
        }
        parameters["queryTenantId"] = {
            "name": "tenantId",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "default": ""},
        }
    if release == "2.24":
        schemas["PermissionSets"] = {
            "description": "A list of permission sets.",
            "type": "array",
            "items": {"$ref": "#/components/schemas/PermissionSet"},
        }
    return {"schemas": schemas, "parameters": parameters}


TOKEN_REQUEST_MAX_LENGTHS_2_24 = {
    "appID": 255,
    "appSecret": 500,
    "code": 2048,
    "redirectUri": 2048,
    "refreshToken": 4096,
    "username": 255,
    "password": 255,
    "clientID": 255,
    "clientSecret": 500,
    "externalToken": 4096,
}


def apply_schema_deltas(release: str, schemas: dict[str, Any]) -> None:
    """Documented MT differences from the CP spec of the same release (see PROVENANCE.md)."""
    if release != "2.24":
        return
    token_properties = schemas["TokenRequest"]["properties"]
    for field, limit in TOKEN_REQUEST_MAX_LENGTHS_2_24.items():
        token_properties[field]["maxLength"] = limit
    schemas["TokenResponse"]["properties"].setdefault("expiresIn", {"type": "integer"})
    schemas["ServiceAccounts"].update(minItems=0, maxItems=1000)


PROVENANCE_INTRO = """\
# Provenance of the embedded Multi-tenant snapshots

Generated by `tools/mt_snapshots.py` (with the overlay `tools/mt_overlay.py`); do not edit by hand.

NVIDIA does not publish a machine-readable Multi-tenant (MT) spec for 2.22, 2.23 or 2.24; the
public MT documentation pages could only be read in part. Each `<release>/openapi.yaml` here is
therefore our own OpenAPI 3.0.3 description, made as follows:

- The operation list of each release comes from the MT documentation as summarised in
  `../shared/reference/multitenant-surface.{md,json}`; every operation below is marked
  **documented** (seen on an MT page; its URL is given) or **inferred** (with the reason).
- Operations MT shares with the control plane (CP) take their structure (paths, operationIds,
  parameters, request and response schemas, types, required, enums, formats, constraints,
  `deprecated` flags) from the public CP spec of the same release
  (`../shared/upstream/control-plane/<release>/openapi.json`), with every component they reference.
  Their operationIds are the CP ones: MT pages never print operationIds.
- The MT-only Tenant operations and the 2.24 permission-sets operation are written from the MT
  reference; their operationIds are ours (chosen from the v3.0 page slugs, snake_case like the CP).
- All descriptions and summaries are ours; upstream prose, examples and `x-*` keys are dropped.
- Three CP schema names are replaced by the names the MT docs use: `Idp1` -> `Idp`,
  `Users1` -> `Users`, `User2` -> `User`.
- The header is the one every MT page fragment shows: `info.title` "NVIDIA Run:ai", `info.version`
  = the release, server `https://app.run.ai`, bearer JWT security, the `Error` schema and the
  standard error responses.

Decisions on the MT-only Tenant operations (no typed definition of these was readable beyond
what is listed here):
- `Tenant`, `Tenants`, `TenantId` (int32) and the `deleted` parameter are as on the 2.23 page.
- `TenantCreationRequest` (name from the v3.0 docs): `name` and `email` required with the 2.23
  patterns, optional `password`, `contractType` (`normal`, `trial`: the `Tenant` enum; the `""`
  value a Redoc page shows is left out) and nullable `role` (`System administrator`,
  `Cloud operator`, from Redoc). `metricStore` appears only in Redoc examples, not in the typed
  2.23 body, so it is left out.
- `POST` answers 201 with a `Tenant` (the Redoc example wraps it with extra data, but that
  example uses stale field names); `DELETE` answers 200 with `DeletedTenant` `{uid}` (Redoc
  example, page text "tenant uid that was deleted"). Error responses are the ones the pages list
  (GET/POST tenants) or the usual set for a by-id operation.
- There is no update-tenant operation in 2.22-2.24 (it first appears in v3.0).
"""

RELEASE_NOTES = {
    "2.22": """\
Only the Redoc intro and the first two Tenant operations (examples, no schemas) were readable.
Decisions: the Tenant schemas are the 2.23 ones (the oldest typed source); the `deleted` query
(GET tenants) and `isHardDelete` (DELETE tenant) are left out because nothing shows them for
2.22 and adding them in 2.23 is backward compatible; no create-tenant length limits; no Idps
(first seen in 2.23); `GET /api/v1/apps/installer` (CP only) is left out; token schemas are those
of CP 2.22, whose `TokenResponse` still has `externalToken` (gone in CP 2.23 and on the MT 2.23
page, so the 2.22 -> 2.23 report shows its removal).""",
    "2.23": """\
Whole Tenant, Tokens, Applications and Idps pages were readable. MT deltas from CP 2.23: the
optional `tenantId` query parameter (component `queryTenantId`) on all seven Idps operations; the
deprecated CP `POST /v1/k8s/auth/oauth/apptoken` is not part of MT. Applications are not
deprecated (CP 2.23 does not deprecate them).""",
    "2.24": """\
MT deltas from CP 2.24: `TokenRequest` string `maxLength` limits (255/500/2048/4096);
`ServiceAccounts` `minItems: 0`, `maxItems: 1000`; create-tenant limits name 2..255, e-mail
5..254, password 8..255; `tenantId` on Idps; `GET /api/v1/authorization/permission-sets` (absent
from the CP 2.24 spec we have; its response is an array of the CP 2.24 `PermissionSet`).
`TokenResponse.expiresIn` and `POST /api/v2/token` are in CP 2.24 as in MT 2.24. Token v1 is not
deprecated (only a later, unversioned page says so). Applications stay, deprecated as in CP 2.24.
Access rules and Users list only the operation the MT docs reference. The service-account name
length limits (2..255) seen on an unversioned page are not applied: that page's release is
unknown and CP 2.24 has only the pattern.""",
}

# Choices made in the overlay itself for the generator (listed for every release).
FIXED_REPAIRS = [
    "`TenantCreationRequest.role` is `nullable` with the enum values only (no `null` member): "
    "a `null` enum member makes the stock generator emit three enum classes for one field",
]
