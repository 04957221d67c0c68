from enum import StrEnum


class ClusterState(StrEnum):
    CONNECTED = "Connected"
    DISCONNECTED = "Disconnected"
    MISSINGPREREQUISITES = "MissingPrerequisites"
    SERVICEISSUES = "ServiceIssues"
    UNKNOWN = "Unknown"
    WAITINGTOCONNECT = "WaitingToConnect"

    def __str__(self) -> str:
        return str(self.value)
