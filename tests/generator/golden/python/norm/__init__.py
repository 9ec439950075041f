r"""
---
title: Root mean square normalization
summary: >
  Scaling each sample by the root mean square
  of its features.
---

# Root mean square normalization

RMS normalization divides each sample $x \in \mathbb{R}^C$ by its root
mean square, with no mean subtracted:
$$\text{RMS}(x) = \sqrt{\frac{1}{C}\sum_{i=1}^{C} x_i^2 + \epsilon}$$
"""
import math


class RMSNorm:
    r"""
    ## The layer

    It keeps one gain $g_i$ per feature and returns
    $y_i = g_i \, x_i / \text{RMS}(x)$.
    """

    def __init__(self, features: int, *,
                 eps: float = 1e-6):
        """
        * `features` is $C$
        * `eps` is $\epsilon$, which keeps the root away from zero; `None` is
          not a value for it

        Used as

            layer = RMSNorm(3)
            y = layer([1.0, 2.0, 2.0])
        """
        self.eps = eps
        # Every gain starts at one: the layer starts as a pure rescaling.
        self.gain = [1.0] * features

    def __call__(self, x):
        """`x` is a list of $C$ numbers."""
        # The mean of the squares, $\frac{1}{C}\sum_i x_i^2$
        ms = sum(v * v for v in x) / len(x)
        #
        rms = math.sqrt(ms + self.eps)
        # Scale, then apply the gain
        return [g * v / rms for g, v in zip(self.gain, x)]
