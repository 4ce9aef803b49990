"""Text translation for captions: CTranslate2 (OPUS-MT/Marian, Argos packages), glossary, hub."""
