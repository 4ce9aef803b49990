"""Model files: where they live, downloads with progress and checksums, offline import."""

from studio.models.registry import (ModelMissingError, ModelSpec, installed_path, known_models,
                                    require_model)

__all__ = ["ModelMissingError", "ModelSpec", "installed_path", "known_models", "require_model"]
