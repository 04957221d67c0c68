"""runai-sdkgen: per-release Python clients and deprecation reports for the Run:ai APIs."""

__version__ = "0.1.0"
