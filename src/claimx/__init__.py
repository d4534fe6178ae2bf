"""claimx: directional claims from OCR'd biomedical text, with exact offsets."""

__version__ = "0.1.0"
