"""Mirror cluster users into our directory (written against the control-plane API 2.22).

The deprecated /v1/k8s operations are the `_2` modules: the generator names them after the
/api/v1 operations of the same operationId, in the normalized spec's path order.
"""

import os

from runai_cp_client import AuthenticatedClient
from runai_cp_client.api.applications import get_applications_2, get_installer_app
from runai_cp_client.api.logout import logout
from runai_cp_client.api.projects import get_projects
from runai_cp_client.api.users import create_user_2, get_user_by_id_2, get_users_2
from runai_cp_client.facade import RunaiClient


def mirror(client: AuthenticatedClient) -> None:
    for user in get_users_2.sync(client=client) or []:  # expect: operation-removed@get_users_2.sync
        detail = get_user_by_id_2.sync(client=client, user_id=str(user.user_id))  # expect: operation-removed@get_user_by_id_2.sync
        print(detail)
    for app in get_applications_2.sync(client=client) or []:  # expect: operation-removed@get_applications_2.sync
        print(app)
    print(get_installer_app.sync(client=client))  # expect: operation-removed@get_installer_app.sync
    print(get_projects.sync(client=client, limit=50))


def onboard(client: AuthenticatedClient, email: str) -> None:
    create_user_2.sync_detailed(client=client)  # expect: operation-removed@create_user_2.sync_detailed


def goodbye(url: str, token: str) -> None:
    with RunaiClient(url, token=token) as facade:
        facade.logout.logout()  # expect: operation-removed@facade.logout.logout
    logout.sync_detailed(client=AuthenticatedClient(base_url=url, token=token))  # expect: operation-removed@logout.sync_detailed


if __name__ == "__main__":
    mirror(AuthenticatedClient(base_url=os.environ["RUNAI_URL"], token=os.environ["T"]))
