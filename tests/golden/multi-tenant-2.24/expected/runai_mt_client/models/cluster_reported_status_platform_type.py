from enum import StrEnum


class ClusterReportedStatusPlatformType(StrEnum):
    AKS = "aks"
    EKS = "eks"
    GKE = "gke"
    OPENSHIFT = "openshift"
    RKE = "rke"
    VANILLA = "vanilla"

    def __str__(self) -> str:
        return str(self.value)
