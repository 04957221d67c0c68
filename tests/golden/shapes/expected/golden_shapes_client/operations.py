"""Every operation of the Run:ai API 1.0 this package implements, as data.

`module` is the import path of the endpoint module (it has `sync_detailed`, `sync`,
`asyncio_detailed`, `asyncio`); `body_model` is "module:Class" of the JSON request body model.
"""

import dataclasses


@dataclasses.dataclass(frozen=True)
class ParameterInfo:
    name: str
    python_name: str
    location: str
    required: bool
    deprecated: bool


@dataclasses.dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str
    path: str
    tag: str
    module: str
    parameters: tuple[ParameterInfo, ...]
    body_model: str | None
    body_content_type: str | None
    deprecated: bool
    deprecated_in: str | None
    removal_in: str | None


OPERATIONS: tuple[OperationInfo, ...] = (
    OperationInfo(
        operation_id="uploadFile",
        method="POST",
        path="/api/v1/files",
        tag="files",
        module="golden_shapes_client.api.files.upload_file",
        parameters=(),
        body_model=None,
        body_content_type="multipart/form-data",
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="downloadArchive",
        method="GET",
        path="/api/v1/files/{fileId}/archive",
        tag="files",
        module="golden_shapes_client.api.files.download_archive",
        parameters=(
            ParameterInfo(
                name="fileId",
                python_name="file_id",
                location="path",
                required=True,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="downloadFile",
        method="GET",
        path="/api/v1/files/{fileId}/content",
        tag="files",
        module="golden_shapes_client.api.files.download_file",
        parameters=(
            ParameterInfo(
                name="fileId",
                python_name="file_id",
                location="path",
                required=True,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="listLegacyWidgets",
        method="GET",
        path="/api/v1/legacy-widgets",
        tag="widgets",
        module="golden_shapes_client.api.widgets.list_legacy_widgets",
        parameters=(),
        body_model=None,
        body_content_type=None,
        deprecated=True,
        deprecated_in="1.0",
        removal_in="1.2",
    ),
    OperationInfo(
        operation_id="replaceSettings",
        method="PUT",
        path="/api/v1/settings",
        tag="shapes",
        module="golden_shapes_client.api.shapes.replace_settings",
        parameters=(),
        body_model="golden_shapes_client.models.settings:Settings",
        body_content_type="application/json",
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="measureShape",
        method="POST",
        path="/api/v1/shapes",
        tag="shapes",
        module="golden_shapes_client.api.shapes.measure_shape",
        parameters=(),
        body_model=None,
        body_content_type="application/json",
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="getStatus",
        method="GET",
        path="/api/v1/status",
        tag="default",
        module="golden_shapes_client.api.default.get_status",
        parameters=(),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="listWidgets",
        method="GET",
        path="/api/v1/widgets",
        tag="widgets",
        module="golden_shapes_client.api.widgets.list_widgets",
        parameters=(
            ParameterInfo(
                name="offset",
                python_name="offset",
                location="query",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="limit",
                python_name="limit",
                location="query",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="filter",
                python_name="filter_",
                location="query",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="sortOrder",
                python_name="sort_order",
                location="query",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="color",
                python_name="color",
                location="query",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="verbose",
                python_name="verbose",
                location="query",
                required=False,
                deprecated=True,
            ),
            ParameterInfo(
                name="X-Request-Id",
                python_name="x_request_id",
                location="header",
                required=False,
                deprecated=False,
            ),
            ParameterInfo(
                name="session",
                python_name="session",
                location="cookie",
                required=False,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="createWidget",
        method="POST",
        path="/api/v1/widgets",
        tag="widgets",
        module="golden_shapes_client.api.widgets.create_widget",
        parameters=(),
        body_model="golden_shapes_client.models.widget_create:WidgetCreate",
        body_content_type="application/json",
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="getWidget",
        method="GET",
        path="/api/v1/widgets/{widgetId}",
        tag="widgets",
        module="golden_shapes_client.api.widgets.get_widget",
        parameters=(
            ParameterInfo(
                name="widgetId",
                python_name="widget_id",
                location="path",
                required=True,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="deleteWidget",
        method="DELETE",
        path="/api/v1/widgets/{widgetId}",
        tag="widgets",
        module="golden_shapes_client.api.widgets.delete_widget",
        parameters=(
            ParameterInfo(
                name="widgetId",
                python_name="widget_id",
                location="path",
                required=True,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="updateWidget",
        method="PATCH",
        path="/api/v1/widgets/{widgetId}",
        tag="widgets",
        module="golden_shapes_client.api.widgets.update_widget",
        parameters=(
            ParameterInfo(
                name="widgetId",
                python_name="widget_id",
                location="path",
                required=True,
                deprecated=False,
            ),
        ),
        body_model="golden_shapes_client.models.widget_patch:WidgetPatch",
        body_content_type="application/json",
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
    OperationInfo(
        operation_id="getWidgetHistory",
        method="GET",
        path="/api/v1/widgets/{widgetId}/history",
        tag="widgets",
        module="golden_shapes_client.api.widgets.get_widget_history",
        parameters=(
            ParameterInfo(
                name="widgetId",
                python_name="widget_id",
                location="path",
                required=True,
                deprecated=False,
            ),
            ParameterInfo(
                name="since",
                python_name="since",
                location="query",
                required=False,
                deprecated=False,
            ),
        ),
        body_model=None,
        body_content_type=None,
        deprecated=False,
        deprecated_in=None,
        removal_in=None,
    ),
)
