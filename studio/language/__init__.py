"""The semantic language layer: a multilingual sentence encoder (multilingual-e5-small).

One process-wide encoder (`encoder.shared_encoder()`) turns captions, script lines and
comments in any of ~100 languages into L2-normalised 384-dim vectors, so that the claim
checker, the comments inbox and the prompter can compare meaning across languages.
The model file comes from the models registry (`studio models download|import
multilingual-e5-small`); docs/language.md says which runtime runs it where and why.
"""

MODEL_NAME = "multilingual-e5-small"   # its name in assets/models/manifest.json
DIM = 384
