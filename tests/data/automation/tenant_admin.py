"""Tenant housekeeping through the facade: rotate application secrets, prune stale apps."""

import asyncio
import os

from runai_mt_client import facade as runai


class TenantAdmin:
    def __init__(self, client: runai.RunaiClient) -> None:
        self.client = client

    def tenant_names(self) -> list[str]:
        return [tenant.name for tenant in self.client.tenant.list() or []]

    def rotate(self, app_id: int) -> str:
        answer = self.client.applications.regenerate_secret(app_id=app_id)  # expect: operation-deprecated@self.client.applications.regenerate_secret
        return "" if answer is None else str(answer.secret)


def prune(client, app_id: int) -> None:
    # `client` has no annotation: the audit cannot prove it is a RunaiClient.
    client.applications.delete_by_id(app_id=app_id)  # expect: unresolved


async def application_names() -> list[str]:
    async with runai.AsyncRunaiClient(os.environ["RUNAI_URL"], token=os.environ["T"]) as client:
        apps = await client.applications.list()  # expect: operation-deprecated@client.applications.list
        return [app.name for app in apps or []]


if __name__ == "__main__":
    admin = TenantAdmin(runai.RunaiClient(os.environ["RUNAI_URL"], token=os.environ["T"]))
    print(admin.tenant_names(), admin.rotate(int(os.environ["APP_ID"])))
    print(asyncio.run(application_names()))
