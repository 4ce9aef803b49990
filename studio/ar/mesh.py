"""Indices into MediaPipe's 478-point face mesh that the try-on uses.

From the canonical face mesh map:
https://github.com/google-ai-edge/mediapipe/blob/master/mediapipe/modules/face_geometry/data/canonical_face_model_uv_visualization.png
"Left"/"right" here mean the side of the IMAGE (a mirror-free camera frame), so
"image-left eye" is the subject's right eye.
"""

LIPS_OUTER = (61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146)
LIPS_INNER = (78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95)

EYE_IMAGE_LEFT = (33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7)
EYE_IMAGE_RIGHT = (263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249)
# Upper lid, outer corner to inner corner (the lash line eyeliner follows).
UPPER_LID_IMAGE_LEFT = (33, 246, 161, 160, 159, 158, 157, 173, 133)
UPPER_LID_IMAGE_RIGHT = (263, 466, 388, 387, 386, 385, 384, 398, 362)
# Brow, lower edge outer->inner then upper edge inner->outer (a closed outline).
BROW_IMAGE_LEFT = (46, 53, 52, 65, 55, 107, 66, 105, 63, 70)
BROW_IMAGE_RIGHT = (276, 283, 282, 295, 285, 336, 296, 334, 293, 300)
IRIS_IMAGE_LEFT = 468     # centre of the subject's right iris
IRIS_IMAGE_RIGHT = 473

FACE_OVAL = (10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
             152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109)

NOSE_BRIDGE = 168         # between the eyes, where glasses rest
NOSE_BOTTOM = 2           # below the tip: with NOSE_BRIDGE gives the face's "down" direction
FOREHEAD_TOP = 10
CHIN = 152
CHEEK_IMAGE_LEFT = 205    # apple of the cheek
CHEEK_IMAGE_RIGHT = 425
TRAGION_IMAGE_LEFT = 234  # outermost face-contour point at ear height
TRAGION_IMAGE_RIGHT = 454
JAW_EAR_IMAGE_LEFT = 132  # face contour just below the ear
JAW_EAR_IMAGE_RIGHT = 361
TEMPLE_IMAGE_LEFT = 54    # upper forehead at the temples: where a hat band or headband sits
TEMPLE_IMAGE_RIGHT = 284
