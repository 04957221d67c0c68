"""Nightly inventory: every tenant and cluster, as CSV on stdout (written against Run:ai 2.22)."""

import csv
import os
import sys

from runai_mt_client.api.clusters import get_clusters
from runai_mt_client.client import AuthenticatedClient
from runai_mt_client.facade import RunaiClient
from runai_mt_client.models import Tenant


def tenant_row(tenant: Tenant) -> list[str]:
    return [str(tenant.id), tenant.name, str(tenant.status)]


def main() -> None:
    writer = csv.writer(sys.stdout)
    with RunaiClient(
        os.environ["RUNAI_URL"],
        client_id=os.environ["RUNAI_CLIENT_ID"],
        client_secret=os.environ["RUNAI_CLIENT_SECRET"],
    ) as client:
        for tenant in client.tenant.list() or []:
            writer.writerow(tenant_row(tenant))
        one = client.tenant.get_by_id(tenant_id=1)
        if one is not None:
            print(one.display_name, file=sys.stderr)
    raw = AuthenticatedClient(base_url=os.environ["RUNAI_URL"], token=os.environ["RUNAI_TOKEN"])
    for cluster in get_clusters.sync(client=raw, verbosity="full") or []:
        writer.writerow([cluster.uuid, cluster.name, cluster.version])


if __name__ == "__main__":
    main()
