"""Writers of the export formats, one module per family; `claimx.export` is the registry."""
