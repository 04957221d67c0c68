"""Create one cluster per region listed in clusters.txt and print the install command."""

import os
from pathlib import Path

import runai_mt_client.api.clusters.create_cluster as create
from runai_mt_client import AuthenticatedClient
from runai_mt_client.api.clusters import get_cluster_install_info_by_uuid
from runai_mt_client.models import ClusterCreationRequest

CLUSTER_OPERATIONS = {"create": create}


def install_info(client: AuthenticatedClient, uuid: str, version: str) -> str:
    info = get_cluster_install_info_by_uuid.sync(client=client, cluster_uuid=uuid, version=version)
    return "" if info is None else str(info.installation_str)


def create_all(client: AuthenticatedClient) -> None:
    for line in Path("clusters.txt").read_text().splitlines():
        name, version = line.split()
        request = ClusterCreationRequest(name=name, version=version)
        cluster = create.sync(client=client, body=request)
        if cluster is not None:
            print(name, install_info(client, str(cluster.uuid), version))


def run_named(client: AuthenticatedClient, operation: str) -> None:
    # The operation name comes from the command line: nothing static to check.
    getattr(create, operation)(client=client)  # expect: unresolved


if __name__ == "__main__":
    create_all(AuthenticatedClient(base_url=os.environ["RUNAI_URL"], token=os.environ["TOKEN"]))
