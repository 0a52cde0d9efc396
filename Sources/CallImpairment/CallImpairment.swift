/// Line conditions (placeholder until it lands).
public enum CallImpairment {}
