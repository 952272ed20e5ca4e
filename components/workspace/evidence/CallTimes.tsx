import { useTranslation } from 'react-i18next';
import { Ltr } from '../../common/Ltr';

/** Time on hold and the whole call, as running clocks ("4:05"). */
export function CallTimes({ hold, duration }: { hold: string; duration: string }) {
  const { t } = useTranslation();
  return (
    <dl className="call-times">
      <div>
        <dt>{t('bring.call.holdTime')}</dt>
        <dd>
          <Ltr className="mono" data-testid="call-hold">
            {hold}
          </Ltr>
        </dd>
      </div>
      <div>
        <dt>{t('bring.call.callTime')}</dt>
        <dd>
          <Ltr className="mono" data-testid="call-duration">
            {duration}
          </Ltr>
        </dd>
      </div>
    </dl>
  );
}
